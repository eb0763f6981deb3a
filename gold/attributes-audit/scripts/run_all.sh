set -x
P=/work/shared/data/telegram-contest-pages-ru/pages
for v in new old; do
  if [ $v = new ]; then SRC=/work/main/src; else SRC=/tmp/j18/old/src; fi
  O=/tmp/j18/out_$v
  cd /tmp/j18
  PYTHONPATH=$SRC OMP_NUM_THREADS=1 KHRONIKA_SHARED=/work/shared /work/main/.venv/bin/python -c "import khronika; print(khronika.__file__)"
  PYTHONPATH=$SRC OMP_NUM_THREADS=1 KHRONIKA_SHARED=/work/shared /work/main/.venv/bin/khronika events $P --format jsonl -o $O/pages_events.jsonl 2> $O/pages_events.err
  PYTHONPATH=$SRC OMP_NUM_THREADS=1 KHRONIKA_SHARED=/work/shared /work/main/.venv/bin/khronika quotes $P --format jsonl -o $O/pages_quotes.jsonl 2> $O/pages_quotes.err
  PYTHONPATH=$SRC OMP_NUM_THREADS=1 KHRONIKA_SHARED=/work/shared /work/main/.venv/bin/python /tmp/j18/run_slavic.py /tmp/j18/slavic_sample.tsv $O 2> $O/slavic.err
done
