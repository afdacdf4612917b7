# path + string appends text to the path (then normalises)
[ (/a + "b") (/a + "/b") (/a + "/b/../c") ]
