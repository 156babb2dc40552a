"""The analyses behind the notebooks: one module per analysis, plus ``text`` which they all share.

Data flows one way: text (normalise, tokenise) → language → boilerplate → overlap, troops.
No module here imports ``helpers``; ``helpers`` re-exports every public function.
"""
