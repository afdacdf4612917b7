# ! binds looser than +: !true + 1 is !(true + 1), and true + 1 is not an addition
!true + 1
