# with can use a rec set
with rec { a = 1; b = a + 1; }; b
