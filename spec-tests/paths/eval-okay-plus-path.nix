# path + path concatenates
/a + /b
