# toString fails on a function inside a list
toString [ 1 (x: x) ]
