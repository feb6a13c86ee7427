"""The projector window: a stack of full-screen views the whole room reads from 8 metres."""
