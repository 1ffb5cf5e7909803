"""One module per tab: declarative specs plus the few widgets specific to it."""
