# a stray closing brace
1 }
