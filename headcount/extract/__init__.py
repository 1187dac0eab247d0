"""Pure extraction: text in, figures and claims out. No I/O, no clock, no global state."""
