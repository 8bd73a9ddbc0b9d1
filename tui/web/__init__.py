"""`debate serve`: the room's web views (projector and list of speakers), one server for all viewers."""
