# ! binds tighter than ==, and == tighter than &&
[ (!false == true) (1 == 1 && 2 == 2) ]
