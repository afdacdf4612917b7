# + concatenates strings
"foo" + "bar" + ""
