# empty list and set
[ [ ] { } ]
