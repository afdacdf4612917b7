# non-ASCII text is printed as is
"ünïcødé ✓"
