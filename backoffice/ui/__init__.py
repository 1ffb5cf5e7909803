"""The Qt machinery: application, main window, sign-in, lazy table model, generic screens."""
