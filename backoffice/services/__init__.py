"""Use cases: plain functions taking a Session and the acting staff member. No Qt here."""
