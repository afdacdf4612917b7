# duplicates in a rec set
rec { a = 1; a = 2; }
