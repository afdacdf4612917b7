# toString adds no separator after an empty list element (but does after [ [ ] ])
[ (toString [ 1 [ ] 2 ]) (toString [ [ ] 1 ]) (toString [ 1 [ [ ] ] 2 ]) (toString [ [ ] [ ] ]) ]
