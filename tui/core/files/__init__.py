"""Reading and writing files safely: atomic replacement, and nothing else.

Imports nothing of the other core packages.
"""
