# toString true is "1" and false is ""
[ (toString true) (toString false) ]
