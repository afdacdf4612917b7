# ! requires a boolean
!1
