# if requires an else branch
if true then 1
