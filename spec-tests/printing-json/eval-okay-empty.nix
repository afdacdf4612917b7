# empty containers
[ [ ] { } "" ]
