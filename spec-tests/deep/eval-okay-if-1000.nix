if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
if true then
1
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
else 2
