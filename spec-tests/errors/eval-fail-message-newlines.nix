# Each line of an error message after the first is indented under the first; empty lines
# stay empty.
throw "first\nsecond\n\nfourth"
