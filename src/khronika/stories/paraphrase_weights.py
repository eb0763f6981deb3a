"""Weights of `semantic.ParaphraseMetric`, written by `bench/stories_candidates.py --paraphraser
--write-weights`: logistic regression over (a*b, |a-b|) of two multilingual-e5-small
headline vectors, fitted on all 7,227 ParaPhraser pairs (precise or near
paraphrase against not a paraphrase; standardised, L2 1.0, the standardisation folded in).
Only these fitted numbers ship, no ParaPhraser text; the corpus (paraphraser.ru, AINL 2017) states no
licence in its XML or repository, and its Hugging Face copy (merionum/ru_paraphraser) declares MIT.
Do not edit by hand."""

BIAS = 4.789972265099186
# float32 weights of a*b (first half) and |a-b| (second half), base64 (`similarity.vector_to_text`).
WEIGHTS = (
    "/dzZQPKFYMDF3XpAeWWbvzupgz80QhhAmCiePnYOJ0Abdow/j4u1wBfxbr/UMcdBGVfaP5f97D+JaItAhh5dvzcYfL+HoB3A"
    "O8ICQV2cU0DGa+W/H0kbQdlTPMCx2jBAxwMdQKJDVD788H9AQ8NWQDKAsD/Y2nk/0suyP2Wt0L8PxBu/Fh1aQFuegcBh41LA"
    "AMSaQCH+jb4XignApUIzP5fVtz9dQmxBRF2xQMz+3D53Y8e/WoNIP2yAyUANeglBtymev5FtVEDH0IW/MsWHv6k+MsEI9oHA"
    "Jalmv66BsT4Npy2/m0CYP8OGFUA6LYm/iUbTQBD/g0FYZWdB9CwmQNEZzkBXwka/MzDhv8YkJT8qT6HAAPWAQOHSJ0D2WcU/"
    "vkABQQ3FAkCOEQrB5P76QBjXfEGpIUDAadrzQFIq3UCgQc8/59FAQaIuqj/cF5E/XoHbv7TEoT+lUtdAlSKtv8Uag0ApO0tA"
    "2KB1Pyimr0BnFZ9AIs/lQLeUbj9Aptm/wDqywIxuVEDrPC1Aa8SBvnHak0ANNqxA26X8vnCYmkDmE7i/lBLev/nEsT9PH9i/"
    "zd8BQUgPVkAAVY7AvD91QHqhW0AX0PQ/8i0PP2QW/7+CNRjAIYKzvwZTWUDKuZc+ZRuwvlIyAEHA7am7OxyVPw6uQcCzVwBA"
    "zSkFwPtF9ECIi/M/hYTGQD675z5+QTNBEU5CQCghAUF06CC/73sSQE+yiz/j7vhAk4uPQL+m/731LaLArn4Rv2rR9kAQftlA"
    "KOnwP5pW3z8gm6O/poydPzw2u76hcjJBP40MQGWIFsBne0M/SwQQQWL11j9nnQhBVgIEP0H2JL98375ArxW8QDR6gDya1pe/"
    "DJzfOzBaPUETlJO/1XeIQOokAUB/d7Y/+50JQWo0s0ABAh9AfhQTv7emrb+bqxZA2q9nQfx3RT+kJgNBeDpdQWeW0r4jjyc/"
    "P52iQAav0kBgu1q+WPxfQOXbCEAg/w/ARbj8P+OUV8DchIg/YELJQM7alEE6TZ0/0b8LwCGybD+phYu+76joP4z6d0DLZQe8"
    "QmaVvn+9U0E9JIy/+oawQJfKJb7UOXBASEVNQeJvLkFqmGo/oW23QEDLLsDt1IS/tLUTv01Tgb8AcL8/5Um6wO+ysEA/pzxA"
    "KgL2PwS/bEDiDDXALNyQQD4azkC5HCZBFyloQI5hZ70mQaJAiY8bwPaiBECCODdB6JhFQCUH0UCDyBVA0kYTv12+EUEnpn6+"
    "UcWVv01V/j2BxSBBObPuP+g8p0CxuxPAaAeDPgFivL/5SLbA4xeePlDWzr/Zl7FAmcUPQH092L/GyfxAAdM5PyAABz/gCRNA"
    "5JlHPxjuzj/VYtS/V108QFTC773K5DjA1mgCwMvlEj+fRNhA6fMlQHheP8B2NX2/hu5dPjDHnUBJzzNAlKqqQDyQv78Znz0/"
    "ZN8Ruy0tDUFPYvs/n3rQvVVukEBw74hAZBoSQE8F1z6cTBXABWyfQFZxSMDj/z9BAPCXQIiih0ALIZFAxXHjv3OOmT4v3INA"
    "ATIrQNHoBkETgaBBtC4qQOpmmj+ZWZ+/supPwOzvE0C7GQhB92a4wBVOmkBz47vApgnBP6CGC0DV+MA+T7iZQIEUO8B8VBdA"
    "z2jAwDsZoD9X9U+/5A2kvizFzb+5FETADQYGQNRMnz6LATRBMZkPQErMt0EQT5lBYb/dPzdMg8ABZJhAUqDoP+OkTkBBQ5K/"
    "zQODv8tLuL5Flj7AePZsv99lJL4/S71AR8IcP3LPDcBiyFu/tX2NvxAIPr8R3Xk/xXftv/PVAMD9YEJAVic5QLPtkMBmtIG8"
    "utFEP8t6sT/XTTRBTrDIQJtiJUE1ao8/zeyWPweBmrzMLMlA5wGGP2JP3UBE5WI/H5MPQXh4rL+EMwXAAIdqQOYSuECnPHC/"
    "UUj8P24u+UBhXpG/YtD1QGEr9z+gRetAXsAXQXMkHECIDilArjiOP9W9kMC2Jrs/vvCOvW/gS8BMt3JAHUcPQLyf3T+Uhm+9"
    "93TcQBJbJUCkE6a+AfK9P47+aEBZFhfAkISlv4xRPb+6Tna/c2mQv5Qyg7+5oFy/DlqYv0oWhb9CChy/lbKXv6ciy74yhhm/"
    "Tn6Fv9/5gb+FUWu/dwkYv3Qcnb/MtyK/KZ0gv/C3Lb9ttBa+4+fMv2nTK7/ghAi/Xj3ovtttpL7586C/3Q5QvyjJyr8FSKS/"
    "mZgcv+M+Qb9ffuy+27+FvxADKb+fUp2/fCGvv3E56r6g102/FgKMv6tmUb/RaHu/B1spv+8Shr+6Eiy/mfx7v7Fgub80Rza/"
    "QwzWv+BPnL8YCji/iUs5vxJXOb/a4q2/9VFMv1GUdb/wCuW+xNRovyEHHb9ynkm/nBybvw2uc781EFW/bLiQv+IlNb8iKmG/"
    "Yr1Fv6RYUL//NgO/kieVv8HfBr+1ZFK/xgJPvxL9bL9m8Bq/foi/vlyFWL9jjI2/q8mqvwk6Dr84FV+/RK1kvxhLqb+e6He/"
    "60Fzv9gpd7+ooC2+EKChvy/Zob9FmjK/KdeDv7T+or96spi/y/+Zv63G175uhoO/7fcwv9+gLb9LKLO/oUrOvvFfgb/cI0u/"
    "Jj6sv+mxhL6fdIe/sMB3v1GPcr9Dcaq/Lj+LvzsCp7/hTo+/xr6Fv6vSmb/Xcpa+y5+ov/agpL8LL5i/D3WHv4UIt78l0KC/"
    "PM88vxYhgb9lfTS/UYaMv5cHN78xgoC/+6Rnv58nSr9mXQa/9u5uv8CrGb/o6Uu/BFI2vyw7M79/6a+/X4zCvi7zub9z+ZO/"
    "NS6Rvz54Rb+5XeW+inmHv29Hvb/nL12/zH7Qvsm6cb8mzDq/qL1bv1302r44YqW/rakTv/aAab/d5sG/IodkvxJLa7/jbJC/"
    "WKtQvzwNc78zQGK/7kWwv4Tqgr8NOJK/hCGXv/hhmL/OzmC/3ac/v5rTC79/x2m/ZsULv6Ju87+ibDu/6sjkvs+vdL9A3Pm+"
    "4RW5vx2+rb91a7K+a6CJv4TF9L6fVJe/uMltv/PJTr+X1Iu/wsqMvz0yyb88D5y/Tzw2v7GHBb+hxJK/esjxvhxqn7+3Bn6/"
    "gavCv2YSjr++Ql6/3Ek2v8AlD78owVO/e5BOv2fBkr/mEIC/mj+mv/Ma/r4LhIC/C96ovySTtr51KqG/toiSv8Elq76K2pG/"
    "HH5Gv2MnkL8K92y/5wd3v9hEsb9djnO/r5+8v43Nc7+JTIO/W4yxv5Rijb+O6YS/LA02v+z5d78S/iS/n4Owv+CFvr6oUoq/"
    "Jeiov+CbYr9NEUW/4MJqv7VAIDxlTAy+8IZBvwxeo78Pm16/gblrvw0M17+1+I+/jYh7vwBXQr/yVh6/o/RvvxhaAr/ai2S/"
    "iAlFvzKiDb/zawS/FbGIvw5chL+tcY6//uh6v2Vfu79IGUa/Y7yLv3/dob9ux0S/ocnVvxMjA79JFpy/rXa6v7Y+hL98u0q/"
    "ZJ5sv8KQbL+8xmO8OemIvxPvEb9f3Mu+KsmPv68zXL9GQnK/gP2evgVEmb+abTG/Wjk9v87G5L5PKFS/Kk/uvjOBRb+in66/"
    "AMQwvzccib9MZ5m/5zatv25ai7+196m/0KCKvzLZlr/8I9C+Dii5vcEVL78VlHq/Ua6dv/kuTL7/PS+/j05Mv9BMkr6j4IS/"
    "Obr9voZgNr8aLWK/TXhKv2vn8r546He/ryOOv5HJRr+6Bz2/Hshgv3a5775AZ7a/rv36vmiycb8+2eq/ikIUvwBbhr9TqoS/"
    "4/DGv6mkC79kyJK/efb8vnV8Eb/LGLy/EXNcv7rJxr4X4pq/QZYrv/mzdr/nokS/7ulRv5ykV7/S/86/Tat/v+Pyjr/Yr4K/"
    "0Rk7vxPShr+W9YG/iZYAv8QmhL9/E4m+zY34vtTjkb/8UaG/5Zsdv6R5jb/ZfjG/G7yKvrIaEb9Juba+f8jPvoS1Db35uby+"
    "pQsev1F+cr+uUF+/ae5Hv9ppqb+o9Ey/1JAKv8whZr+Plx6/ADXevudcIL/NsTK/gAv+vrxGk7+9CIW/efapv/JmLL/WDA6/"
    "xFmjv1Kcgb+gqqm/PrKPv/lRfb8AqC2/6LUgvwnWB7/ZpnG/+Opwv7B7i7/BLj6/"
)
