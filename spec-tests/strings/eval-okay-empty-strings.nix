# empty double-quoted and indented strings
[ "" '''' ]
