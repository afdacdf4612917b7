# < binds tighter than ==
(1 < 2) == true
