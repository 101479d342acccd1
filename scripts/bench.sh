db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
#db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
!db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
/db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
/db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
/db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
vdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
#db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
mdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
kdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
fdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
gdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
(db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
)db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
:db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
mdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
xdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Mdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
vdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
gdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Qdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ldb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
,db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
.db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
#db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Mdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
=db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
5db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
0db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
0db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
0db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Vdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
=db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
1db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
0db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
mdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
kdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
(db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
mdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
{db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
[db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
0db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
]db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
}db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
)db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
/db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
vdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
.db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
vdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
|db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
|db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
{db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ldb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
gdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
=db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
;db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
xdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
1db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
;db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
}db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
vdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
vdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
gdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ldb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
kdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
xdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ydb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
=db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
{db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ydb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
:db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
+db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
:db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ydb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
}db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
=db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
gdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
fdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
=db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
/db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
.db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
fdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
wdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
fdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
fdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
'db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
fdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
xdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
>db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
/db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
vdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
/db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ldb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ldb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
2db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
>db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
&db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
1db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
|db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
|db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
'db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Xdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
mdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ldb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
fdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Mdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ldb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ydb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
/db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
fdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
gdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
fdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ldb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
gdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ldb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
vdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ldb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
=db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
wdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Mdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
=db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
{db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Mdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
:db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
5db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
0db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
0db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
0db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
}db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Vdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
=db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
{db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Vdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
:db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
1db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
0db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
}db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
\db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ydb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
/db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ldb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ldb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
fdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ldb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
gdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ldb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
vdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ldb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
=db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
wdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
adb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
-db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
\db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
<db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
 db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
$db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Odb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Ddb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
Rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
/db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
idb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
tdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
sdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
/db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
bdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
edb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
cdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
hdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
_db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
rdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
udb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ndb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
.db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
pdb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
ydb="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
"db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"

db="dunning_bench_$$"
conf="$CACHE_DIR/bench.conf"
trap 'dropdb --if-exists "$db" >/dev/null 2>&1 || true' EXIT
setup_addon_db "$db" "$conf"
