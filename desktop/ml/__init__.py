"""Leak-free machine learning on candles (Qt-free).

`features` and `labels` need only numpy/pandas; `pipeline`, `validation` and `model_store`
import scikit-learn, which therefore loads only when one of them is used, never at app start.
"""
