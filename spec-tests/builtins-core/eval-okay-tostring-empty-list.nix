# toString of an empty list and of lists with empty strings
[ (toString [ ]) (toString [ "" ]) (toString [ "" "" ]) (toString [ null null ]) ]
