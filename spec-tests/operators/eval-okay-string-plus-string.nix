# + on strings concatenates
"a" + "b"
