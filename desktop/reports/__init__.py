"""Reports: performance metrics of backtests, bots and accounts, and the Excel and PDF
reports built from them. Qt-free: it runs in worker processes and on the command line."""
