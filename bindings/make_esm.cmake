# cmake -DIN=glue.js -DOUT=glue.mjs -DNAME=factory -P make_esm.cmake
# The browser ES-module form of Emscripten's MODULARIZE glue: the same text plus an
# `export default`. (Emscripten 3.1.6's own -sEXPORT_ES6 output fails in Node, which
# uses the CommonJS glue instead; the .mjs is for browsers and module workers only.)
file(READ ${IN} glue)
file(WRITE ${OUT} "${glue}\nexport default ${NAME};\n")
