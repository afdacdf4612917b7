# nested lists are flattened by toString
toString [ 1 [ 2 [ 3 ] ] [ ] 4 ]
