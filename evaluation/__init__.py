"""Offline evaluation harness: load third-party gold corpora and score extractor output.

`evaluation.polnear` scores quote/attribution extraction on PolNeAR; `evaluation.tempeval` scores
time-expression extraction on TempEval-3. The corpora live outside the repository (see
`evaluation.data.shared_data_dir`) and are licensed for evaluation only, so nothing here bundles,
copies or caches their text. This package is not part of the shipped ETL.
"""
