# only strings and paths can be appended to a path
/a + 1
