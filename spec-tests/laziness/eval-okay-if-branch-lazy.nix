# only the chosen branch is evaluated
if true then "yes" else throw "no"
