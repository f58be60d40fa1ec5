// Go maps: gc's hash table, in gc's layout, driven by the compiler through
// gc's entry points (makemap, mapaccess1/2, mapassign, mapdelete,
// mapiterinit/mapiternext, mapclear; compile/ssagen/map.cc calls them).
//
// A map value is a *hmap. Its 2^B buckets each hold 8 entries:
//
//	bmap: tophash [8]uint8 | keys [8]K | elems [8]V | overflow *bmap
//
// tophash caches the top byte of each entry's hash (values below
// minTopHash mark empty or evacuated slots). Keys or elements over 128
// bytes are stored indirectly (the slot holds a pointer). The hash of a key
// picks the bucket with its low B bits; full buckets chain overflow
// buckets.
//
// Growth is incremental: past a load factor of 6.5 entries per bucket the
// table doubles, and with too many overflow buckets (deletions leave
// holes) it is rebuilt at the same size. The old buckets stay in
// oldbuckets and each assignment or deletion moves ("evacuates") one or
// two of them; a doubling splits old bucket i between new buckets i (X)
// and i+2^(B-1) (Y).
//
// Iteration starts at a random bucket and a random slot offset (fastrand,
// per iteration) and walks the new buckets, looking through a
// not-yet-evacuated old bucket for the entries that belong to the current
// new bucket. Entries inserted during iteration may or may not be seen,
// deleted ones are not seen, and none is seen twice, as the spec requires.
//
// Key hashing and equality go through the map type's hasher and the key
// type's equal func values (alg.go, alg_amd64.s: callHasher, callEqual).

package runtime

import "unsafe"

const (
	bucketCntBits = 3
	bucketCnt     = 1 << bucketCntBits

	// Grow when count > 6.5 * 2^B (13/2).
	loadFactorNum = 13
	loadFactorDen = 2

	// Larger keys and elements are stored indirectly.
	maxKeySize  = 128
	maxElemSize = 128

	// Offset of the keys in a bucket (after tophash).
	dataOffset = 8

	// tophash values of slots.
	emptyRest      = 0 // this slot and all later ones (and overflow buckets) are empty
	emptyOne       = 1 // this slot is empty
	evacuatedX     = 2 // entry moved to the first half of the new table
	evacuatedY     = 3 // entry moved to the second half
	evacuatedEmpty = 4 // slot was empty when its bucket was evacuated
	minTopHash     = 5 // smallest tophash of a live entry

	// hmap.flags
	iterator     = 1 // an iterator may be using buckets
	oldIterator  = 2 // an iterator may be using oldbuckets
	hashWriting  = 4 // a goroutine is writing to the map
	sameSizeGrow = 8 // the current growth keeps the size

	// hiter.checkBucket when no check is needed.
	noCheck = 1<<63 | (1<<63 - 1)

	// maptype.flags
	mapIndirectKey    = 1
	mapIndirectElem   = 2
	mapReflexiveKey   = 4
	mapNeedKeyUpdate  = 8
	mapHashMightPanic = 16

	// Elements up to this size read as zeroVal when missing; larger ones
	// come with the compiler's own zero (mapaccess1_fat).
	maxZero = 1024
)

// hmap is a map header (gc's layout; the compiler reads count for len).
type hmap struct {
	count     int // live entries; must be first (len)
	flags     uint8
	B         uint8  // log2 of the number of buckets
	noverflow uint16 // approximate number of overflow buckets
	hash0     uint32 // hash seed

	buckets    unsafe.Pointer // 2^B buckets
	oldbuckets unsafe.Pointer // the previous table while growing
	nevacuate  uintptr        // old buckets below this are evacuated

	extra *mapextra
}

// mapextra holds the preallocated overflow buckets. gc also keeps the
// overflow buckets of pointer-free maps alive here for its collector;
// there is no collector yet, so overflow and oldoverflow stay nil.
type mapextra struct {
	overflow     unsafe.Pointer
	oldoverflow  unsafe.Pointer
	nextOverflow *bmap
}

// bmap is a bucket's fixed prefix; keys, elements and the overflow
// pointer follow at offsets computed from the map type.
type bmap struct {
	tophash [bucketCnt]uint8
}

// hiter is a map iteration's state (gc's layout: the compiler allocates
// it on the stack, zeroed, and reads key and elem).
type hiter struct {
	key         unsafe.Pointer // nil at the end
	elem        unsafe.Pointer
	t           *maptype
	h           *hmap
	buckets     unsafe.Pointer // the table when the iteration started
	bptr        *bmap          // current bucket
	overflow    unsafe.Pointer
	oldoverflow unsafe.Pointer
	startBucket uintptr
	offset      uint8 // slot offset, the same for every bucket
	wrapped     bool  // passed the end of the table
	B           uint8
	i           uint8
	bucket      uintptr
	checkBucket uintptr
}

// zeroVal is what a lookup of a missing key returns (read only).
var zeroVal [maxZero]byte

func bucketShift(b uint8) uintptr { return uintptr(1) << (b & 63) }

func bucketMask(b uint8) uintptr { return bucketShift(b) - 1 }

// tophash is the top byte of hash, moved out of the reserved values.
func tophash(hash uintptr) uint8 {
	top := uint8(hash >> 56)
	if top < minTopHash {
		top += minTopHash
	}
	return top
}

func isEmpty(x uint8) bool { return x <= emptyOne }

func evacuated(b *bmap) bool {
	h := b.tophash[0]
	return h > emptyOne && h < minTopHash
}

func (b *bmap) overflow(t *maptype) *bmap {
	return *(**bmap)(add(unsafe.Pointer(b), uintptr(t.bucketsize)-8))
}

func (b *bmap) setoverflow(t *maptype, ovf *bmap) {
	*(**bmap)(add(unsafe.Pointer(b), uintptr(t.bucketsize)-8)) = ovf
}

// keyAt and elemAt address slot i of bucket b (the slot itself: a pointer
// for indirect keys and elements).
func keyAt(t *maptype, b *bmap, i uintptr) unsafe.Pointer {
	return add(unsafe.Pointer(b), dataOffset+i*uintptr(t.keysize))
}

func elemAt(t *maptype, b *bmap, i uintptr) unsafe.Pointer {
	return add(unsafe.Pointer(b), dataOffset+bucketCnt*uintptr(t.keysize)+i*uintptr(t.elemsize))
}

func bucketAt(t *maptype, base unsafe.Pointer, i uintptr) *bmap {
	return (*bmap)(add(base, i*uintptr(t.bucketsize)))
}

func (t *maptype) indirectkey() bool    { return t.flags&mapIndirectKey != 0 }
func (t *maptype) indirectelem() bool   { return t.flags&mapIndirectElem != 0 }
func (t *maptype) reflexivekey() bool   { return t.flags&mapReflexiveKey != 0 }
func (t *maptype) needkeyupdate() bool  { return t.flags&mapNeedKeyUpdate != 0 }
func (t *maptype) hashMightPanic() bool { return t.flags&mapHashMightPanic != 0 }

// hashKey hashes the key at p with the map type's hasher.
func hashKey(t *maptype, p unsafe.Pointer, seed uintptr) uintptr {
	return callHasher(t.hasher, p, seed)
}

// keyEqual compares the keys at p and q with the key type's equal
// function (types of plain memory of other sizes have none: memequal).
func keyEqual(t *maptype, p, q unsafe.Pointer) bool {
	eq := t.key.equal
	if eq == nil {
		return memequal(p, q, t.key.size)
	}
	return callEqual(eq, p, q)
}

func (h *hmap) growing() bool { return h.oldbuckets != nil }

func (h *hmap) sameSizeGrow() bool { return h.flags&sameSizeGrow != 0 }

// noldbuckets is the size of the table being evacuated.
func (h *hmap) noldbuckets() uintptr {
	b := h.B
	if !h.sameSizeGrow() {
		b--
	}
	return bucketShift(b)
}

func (h *hmap) oldbucketmask() uintptr { return h.noldbuckets() - 1 }

// overLoadFactor reports whether count entries overload 2^B buckets.
func overLoadFactor(count int, B uint8) bool {
	return count > bucketCnt && uintptr(count) > loadFactorNum*(bucketShift(B)/loadFactorDen)
}

// tooManyOverflowBuckets reports whether noverflow overflow buckets call
// for a same-size rebuild of a 2^B table.
func tooManyOverflowBuckets(noverflow uint16, B uint8) bool {
	if B > 15 {
		B = 15
	}
	return noverflow >= uint16(1)<<(B&15)
}

// incrnoverflow counts a new overflow bucket: exactly for small tables,
// with probability 1/2^(B-15) for large ones (noverflow is 16 bits).
func (h *hmap) incrnoverflow() {
	if h.B < 16 {
		h.noverflow++
		return
	}
	mask := uint32(1)<<(h.B-15) - 1
	if fastrand()&mask == 0 {
		h.noverflow++
	}
}

// newoverflow chains a new overflow bucket after b: a preallocated one if
// any is left, else a fresh one.
func (h *hmap) newoverflow(t *maptype, b *bmap) *bmap {
	var ovf *bmap
	if h.extra != nil && h.extra.nextOverflow != nil {
		ovf = h.extra.nextOverflow
		if ovf.overflow(t) == nil {
			// Not the last preallocated bucket.
			h.extra.nextOverflow = (*bmap)(add(unsafe.Pointer(ovf), uintptr(t.bucketsize)))
		} else {
			// The last one points back at the table: clear that mark.
			ovf.setoverflow(t, nil)
			h.extra.nextOverflow = nil
		}
	} else {
		ovf = (*bmap)(newobject(t.bucket))
	}
	h.incrnoverflow()
	b.setoverflow(t, ovf)
	return ovf
}

// makeBucketArray allocates 2^b buckets (or clears dirtyalloc's) with
// room for some overflow buckets after them when b >= 4; it returns the
// table and the first preallocated overflow bucket (nil if none).
func makeBucketArray(t *maptype, b uint8, dirtyalloc unsafe.Pointer) (unsafe.Pointer, *bmap) {
	base := bucketShift(b)
	nbuckets := base
	if b >= 4 {
		// About 1/16 more, rounded up to the allocation's size class.
		nbuckets += bucketShift(b - 4)
		sz := t.bucket.size * nbuckets
		up := roundupsize(sz)
		if up != sz {
			nbuckets = up / t.bucket.size
		}
	}
	var buckets unsafe.Pointer
	if dirtyalloc == nil {
		buckets = newarray(t.bucket, int(nbuckets))
	} else {
		buckets = dirtyalloc
		size := t.bucket.size * nbuckets
		if t.bucket.ptrdata != 0 {
			memclrHasPointers(buckets, size)
		} else {
			memclrNoHeapPointers(buckets, size)
		}
	}
	var nextOverflow *bmap
	if base != nbuckets {
		nextOverflow = bucketAt(t, buckets, base)
		// A non-nil overflow pointer marks the last preallocated bucket.
		last := bucketAt(t, buckets, nbuckets-1)
		last.setoverflow(t, (*bmap)(buckets))
	}
	return buckets, nextOverflow
}

// hashInit sets up the per-process hash key on first use.
func mapHashInit() {
	if hashkey[0] == 0 {
		alginit()
	}
}

// makemap64 is makemap for an int64 hint.
func makemap64(t *maptype, hint int64, h *hmap) *hmap {
	if int64(int(hint)) != hint {
		hint = 0
	}
	return makemap(t, int(hint), h)
}

// makemap_small makes a map for at most 8 entries (make(map[k]v) or a
// small hint): the bucket is allocated on the first assignment.
func makemap_small() *hmap {
	mapHashInit()
	h := new(hmap)
	h.hash0 = fastrand()
	return h
}

// makemap makes a map for about hint entries. h, when not nil, is a
// header the compiler allocated (on the stack or heap); the first bucket
// may be there too.
func makemap(t *maptype, hint int, h *hmap) *hmap {
	mapHashInit()
	mem, overflow := mulUintptr(uintptr(hint), t.bucket.size)
	if overflow || mem > maxAlloc || hint < 0 {
		hint = 0
	}
	if h == nil {
		h = new(hmap)
	}
	h.hash0 = fastrand()
	B := uint8(0)
	for overLoadFactor(hint, B) {
		B++
	}
	h.B = B
	if h.B != 0 {
		buckets, nextOverflow := makeBucketArray(t, h.B, nil)
		h.buckets = buckets
		if nextOverflow != nil {
			h.extra = new(mapextra)
			h.extra.nextOverflow = nextOverflow
		}
	}
	return h
}

// lookupBucket is the bucket a key with this hash lives in: in the old
// table while that bucket is not evacuated yet.
func lookupBucket(t *maptype, h *hmap, hash uintptr) *bmap {
	m := bucketMask(h.B)
	b := bucketAt(t, h.buckets, hash&m)
	if c := h.oldbuckets; c != nil {
		if !h.sameSizeGrow() {
			m >>= 1
		}
		oldb := bucketAt(t, c, hash&m)
		if !evacuated(oldb) {
			b = oldb
		}
	}
	return b
}

// mapfind returns the key and element slots (indirections resolved) of
// key in h, or nils.
func mapfind(t *maptype, h *hmap, key unsafe.Pointer) (unsafe.Pointer, unsafe.Pointer) {
	hash := hashKey(t, key, uintptr(h.hash0))
	top := tophash(hash)
	for b := lookupBucket(t, h, hash); b != nil; b = b.overflow(t) {
		for i := uintptr(0); i < bucketCnt; i++ {
			x := b.tophash[i]
			if x != top {
				if x == emptyRest {
					return nil, nil
				}
				continue
			}
			k := keyAt(t, b, i)
			if t.indirectkey() {
				k = *(*unsafe.Pointer)(k)
			}
			if keyEqual(t, key, k) {
				e := elemAt(t, b, i)
				if t.indirectelem() {
					e = *(*unsafe.Pointer)(e)
				}
				return k, e
			}
		}
	}
	return nil, nil
}

// mapaccess1 is m[key]: a pointer to the element, or to zeroVal when the
// key is missing (never nil).
func mapaccess1(t *maptype, h *hmap, key unsafe.Pointer) unsafe.Pointer {
	if h == nil || h.count == 0 {
		if t.hashMightPanic() {
			hashKey(t, key, 0) // panics for unhashable interface keys
		}
		return unsafe.Pointer(&zeroVal[0])
	}
	if h.flags&hashWriting != 0 {
		fatal("concurrent map read and map write")
	}
	_, e := mapfind(t, h, key)
	if e == nil {
		return unsafe.Pointer(&zeroVal[0])
	}
	return e
}

// mapaccess2 is v, ok := m[key].
func mapaccess2(t *maptype, h *hmap, key unsafe.Pointer) (unsafe.Pointer, bool) {
	if h == nil || h.count == 0 {
		if t.hashMightPanic() {
			hashKey(t, key, 0)
		}
		return unsafe.Pointer(&zeroVal[0]), false
	}
	if h.flags&hashWriting != 0 {
		fatal("concurrent map read and map write")
	}
	_, e := mapfind(t, h, key)
	if e == nil {
		return unsafe.Pointer(&zeroVal[0]), false
	}
	return e, true
}

// mapaccessK returns the key and element of key, for iterators that must
// look an entry up in the grown table.
func mapaccessK(t *maptype, h *hmap, key unsafe.Pointer) (unsafe.Pointer, unsafe.Pointer) {
	if h == nil || h.count == 0 {
		return nil, nil
	}
	return mapfind(t, h, key)
}

// mapaccess1_fat and mapaccess2_fat are for elements larger than zeroVal:
// the compiler passes a zero value of its own.
func mapaccess1_fat(t *maptype, h *hmap, key, zero unsafe.Pointer) unsafe.Pointer {
	e := mapaccess1(t, h, key)
	if e == unsafe.Pointer(&zeroVal[0]) {
		return zero
	}
	return e
}

func mapaccess2_fat(t *maptype, h *hmap, key, zero unsafe.Pointer) (unsafe.Pointer, bool) {
	e := mapaccess1(t, h, key)
	if e == unsafe.Pointer(&zeroVal[0]) {
		return zero, false
	}
	return e, true
}

// mapassign is m[key] = ...: it returns the element slot for key, adding
// the key if missing; the compiler stores the value there.
func mapassign(t *maptype, h *hmap, key unsafe.Pointer) unsafe.Pointer {
	if h == nil {
		panicPlain(errNilMap)
	}
	if h.flags&hashWriting != 0 {
		fatal("concurrent map writes")
	}
	hash := hashKey(t, key, uintptr(h.hash0))
	h.flags ^= hashWriting
	if h.buckets == nil {
		h.buckets = newobject(t.bucket)
	}
	top := tophash(hash)
	var elem unsafe.Pointer
	for {
		bucket := hash & bucketMask(h.B)
		if h.growing() {
			growWork(t, h, bucket)
		}
		b := bucketAt(t, h.buckets, bucket)
		// The first free slot, in case the key is missing.
		var insb *bmap
		insi := uintptr(0)
		found := false
	search:
		for {
			for i := uintptr(0); i < bucketCnt; i++ {
				x := b.tophash[i]
				if x != top {
					if isEmpty(x) && insb == nil {
						insb = b
						insi = i
					}
					if x == emptyRest {
						break search
					}
					continue
				}
				k := keyAt(t, b, i)
				if t.indirectkey() {
					k = *(*unsafe.Pointer)(k)
				}
				if !keyEqual(t, key, k) {
					continue
				}
				// Present: +0 may have to become -0, and so on.
				if t.needkeyupdate() {
					typedmemmove(t.key, k, key)
				}
				elem = elemAt(t, b, i)
				found = true
				break search
			}
			ovf := b.overflow(t)
			if ovf == nil {
				break
			}
			b = ovf
		}
		if found {
			break
		}
		// Missing. Grow first if this entry would overload the table (and
		// start over: the table changed).
		if !h.growing() && (overLoadFactor(h.count+1, h.B) || tooManyOverflowBuckets(h.noverflow, h.B)) {
			hashGrow(t, h)
			continue
		}
		if insb == nil {
			insb = h.newoverflow(t, b)
			insi = 0
		}
		insk := keyAt(t, insb, insi)
		elem = elemAt(t, insb, insi)
		if t.indirectkey() {
			kmem := newobject(t.key)
			*(*unsafe.Pointer)(insk) = kmem
			insk = kmem
		}
		if t.indirectelem() {
			emem := newobject(t.elem)
			*(*unsafe.Pointer)(elem) = emem
		}
		typedmemmove(t.key, insk, key)
		insb.tophash[insi] = top
		h.count++
		break
	}
	if h.flags&hashWriting == 0 {
		fatal("concurrent map writes")
	}
	h.flags &^= hashWriting
	if t.indirectelem() {
		elem = *(*unsafe.Pointer)(elem)
	}
	return elem
}

// mapdelete is delete(m, key).
func mapdelete(t *maptype, h *hmap, key unsafe.Pointer) {
	if h == nil || h.count == 0 {
		if t.hashMightPanic() {
			hashKey(t, key, 0)
		}
		return
	}
	if h.flags&hashWriting != 0 {
		fatal("concurrent map writes")
	}
	hash := hashKey(t, key, uintptr(h.hash0))
	h.flags ^= hashWriting
	bucket := hash & bucketMask(h.B)
	if h.growing() {
		growWork(t, h, bucket)
	}
	first := bucketAt(t, h.buckets, bucket)
	top := tophash(hash)
search:
	for b := first; b != nil; b = b.overflow(t) {
		for i := uintptr(0); i < bucketCnt; i++ {
			x := b.tophash[i]
			if x != top {
				if x == emptyRest {
					break search
				}
				continue
			}
			k := keyAt(t, b, i)
			k2 := k
			if t.indirectkey() {
				k2 = *(*unsafe.Pointer)(k2)
			}
			if !keyEqual(t, key, k2) {
				continue
			}
			// Clear the key (if it holds pointers) and the element.
			if t.indirectkey() {
				*(*unsafe.Pointer)(k) = nil
			} else if t.key.ptrdata != 0 {
				memclrHasPointers(k, t.key.size)
			}
			e := elemAt(t, b, i)
			if t.indirectelem() {
				*(*unsafe.Pointer)(e) = nil
			} else if t.elem.ptrdata != 0 {
				memclrHasPointers(e, t.elem.size)
			} else {
				memclrNoHeapPointers(e, t.elem.size)
			}
			b.tophash[i] = emptyOne
			markEmptyRest(t, first, b, i)
			h.count--
			if h.count == 0 {
				// A new seed makes attacks on the hash harder.
				h.hash0 = fastrand()
			}
			break search
		}
	}
	if h.flags&hashWriting == 0 {
		fatal("concurrent map writes")
	}
	h.flags &^= hashWriting
}

// markEmptyRest turns the run of empty slots ending at slot i of b into
// emptyRest when nothing follows them in the bucket chain starting at
// first, so that lookups stop early.
func markEmptyRest(t *maptype, first, b *bmap, i uintptr) {
	if i == bucketCnt-1 {
		next := b.overflow(t)
		if next != nil && next.tophash[0] != emptyRest {
			return
		}
	} else if b.tophash[i+1] != emptyRest {
		return
	}
	for {
		b.tophash[i] = emptyRest
		if i == 0 {
			if b == first {
				return
			}
			// Step back to the previous bucket of the chain.
			c := b
			b = first
			for b.overflow(t) != c {
				b = b.overflow(t)
			}
			i = bucketCnt - 1
		} else {
			i--
		}
		if b.tophash[i] != emptyOne {
			return
		}
	}
}

// mapiterinit starts an iteration over h in it (zeroed by the compiler)
// and moves to the first entry.
func mapiterinit(t *maptype, h *hmap, it *hiter) {
	it.key = nil
	it.elem = nil
	it.t = t
	if h == nil || h.count == 0 {
		return
	}
	it.h = h
	it.B = h.B
	it.buckets = h.buckets
	r := uintptr(fastrand())
	if h.B > 31-bucketCntBits {
		r += uintptr(fastrand()) << 31
	}
	it.startBucket = r & bucketMask(h.B)
	it.offset = uint8(r >> h.B & (bucketCnt - 1))
	it.bucket = it.startBucket
	it.wrapped = false
	it.bptr = nil
	it.i = 0
	h.flags |= iterator | oldIterator
	mapiternext(it)
}

// mapiternext moves it to the next entry (key nil at the end). Hot: the
// small helpers are written out (the compiler does not inline).
func mapiternext(it *hiter) {
	h := it.h
	if h.flags&hashWriting != 0 {
		fatal("concurrent map iteration and map write")
	}
	t := it.t
	bucket := it.bucket
	b := it.bptr
	i := it.i
	checkBucket := it.checkBucket
	keysize := uintptr(t.keysize)
	elemsize := uintptr(t.elemsize)
	bucketsize := uintptr(t.bucketsize)
	for {
		if b == nil {
			if bucket == it.startBucket && it.wrapped {
				it.key = nil
				it.elem = nil
				return
			}
			if h.oldbuckets != nil && it.B == h.B {
				// The table is growing and the iteration started after the
				// growth began: read the old bucket while it is not
				// evacuated, keeping only the entries that go to `bucket`.
				oldbucket := bucket & h.oldbucketmask()
				b = bucketAt(t, h.oldbuckets, oldbucket)
				if !evacuated(b) {
					checkBucket = bucket
				} else {
					b = bucketAt(t, it.buckets, bucket)
					checkBucket = noCheck
				}
			} else {
				b = (*bmap)(unsafe.Pointer(uintptr(it.buckets) + bucket*bucketsize))
				checkBucket = noCheck
			}
			bucket++
			if bucket == uintptr(1)<<(it.B&63) {
				bucket = 0
				it.wrapped = true
			}
			i = 0
		}
		for ; i < bucketCnt; i++ {
			offi := uintptr((i + it.offset) & (bucketCnt - 1))
			x := b.tophash[offi]
			if x <= emptyOne || x == evacuatedEmpty {
				continue
			}
			k := unsafe.Pointer(uintptr(unsafe.Pointer(b)) + dataOffset + offi*keysize)
			if t.flags&mapIndirectKey != 0 {
				k = *(*unsafe.Pointer)(k)
			}
			e := unsafe.Pointer(uintptr(unsafe.Pointer(b)) + dataOffset + bucketCnt*keysize + offi*elemsize)
			if checkBucket != noCheck && !h.sameSizeGrow() {
				if t.reflexivekey() || keyEqual(t, k, k) {
					// Skip entries that will go to the other half.
					hash := hashKey(t, k, uintptr(h.hash0))
					if hash&bucketMask(it.B) != checkBucket {
						continue
					}
				} else {
					// NaN keys: the evacuation sends them by the low bit of
					// their tophash.
					if checkBucket>>(it.B-1) != uintptr(x&1) {
						continue
					}
				}
			}
			if (x != evacuatedX && x != evacuatedY) || !(t.reflexivekey() || keyEqual(t, k, k)) {
				// The entry is here (or cannot be looked up: NaN).
				it.key = k
				if t.flags&mapIndirectElem != 0 {
					e = *(*unsafe.Pointer)(e)
				}
				it.elem = e
			} else {
				// The entry moved since the iteration started: look it up
				// for its current element (it may have been deleted or
				// updated).
				rk, re := mapaccessK(t, h, k)
				if rk == nil {
					continue
				}
				it.key = rk
				it.elem = re
			}
			it.bucket = bucket
			it.bptr = b
			it.i = i + 1
			it.checkBucket = checkBucket
			return
		}
		b = *(**bmap)(unsafe.Pointer(uintptr(unsafe.Pointer(b)) + bucketsize - 8))
		i = 0
	}
}

// mapclear removes every entry of h (the compiler's lowering of
// `for k := range m { delete(m, k) }`).
func mapclear(t *maptype, h *hmap) {
	if h == nil || h.count == 0 {
		return
	}
	if h.flags&hashWriting != 0 {
		fatal("concurrent map writes")
	}
	h.flags ^= hashWriting
	h.flags &^= sameSizeGrow
	h.oldbuckets = nil
	h.nevacuate = 0
	h.noverflow = 0
	h.count = 0
	h.hash0 = fastrand()
	if h.extra != nil {
		h.extra.overflow = nil
		h.extra.oldoverflow = nil
		h.extra.nextOverflow = nil
	}
	_, nextOverflow := makeBucketArray(t, h.B, h.buckets)
	if nextOverflow != nil {
		if h.extra == nil {
			h.extra = new(mapextra)
		}
		h.extra.nextOverflow = nextOverflow
	}
	if h.flags&hashWriting == 0 {
		fatal("concurrent map writes")
	}
	h.flags &^= hashWriting
}

// hashGrow starts a growth: double the table, or rebuild it at the same
// size when it is not overloaded (too many overflow buckets).
func hashGrow(t *maptype, h *hmap) {
	bigger := uint8(1)
	if !overLoadFactor(h.count+1, h.B) {
		bigger = 0
		h.flags |= sameSizeGrow
	}
	oldbuckets := h.buckets
	newbuckets, nextOverflow := makeBucketArray(t, h.B+bigger, nil)
	flags := h.flags &^ (iterator | oldIterator)
	if h.flags&iterator != 0 {
		flags |= oldIterator
	}
	h.B += bigger
	h.flags = flags
	h.oldbuckets = oldbuckets
	h.buckets = newbuckets
	h.nevacuate = 0
	h.noverflow = 0
	if nextOverflow != nil {
		if h.extra == nil {
			h.extra = new(mapextra)
		}
		h.extra.nextOverflow = nextOverflow
	}
}

// growWork evacuates the old bucket that `bucket` is about to use, and one
// more to make progress.
func growWork(t *maptype, h *hmap, bucket uintptr) {
	evacuate(t, h, bucket&h.oldbucketmask())
	if h.growing() {
		evacuate(t, h, h.nevacuate)
	}
}

// evacDst is a destination of evacuation: a bucket, the next free slot
// index and the slot's key and element addresses.
type evacDst struct {
	b *bmap
	i uintptr
	k unsafe.Pointer
	e unsafe.Pointer
}

func evacDstAt(t *maptype, b *bmap) evacDst {
	var d evacDst
	d.b = b
	d.i = 0
	d.k = add(unsafe.Pointer(b), dataOffset)
	d.e = add(d.k, bucketCnt*uintptr(t.keysize))
	return d
}

// evacPut copies the entry (key slot k, element slot e) with tophash top
// to d, chaining an overflow bucket when d's is full; returns the updated
// destination.
func evacPut(t *maptype, h *hmap, d evacDst, top uint8, k, e unsafe.Pointer) evacDst {
	if d.i == bucketCnt {
		d = evacDstAt(t, h.newoverflow(t, d.b))
	}
	d.b.tophash[d.i&(bucketCnt-1)] = top
	if t.indirectkey() {
		*(*unsafe.Pointer)(d.k) = *(*unsafe.Pointer)(k)
	} else {
		typedmemmove(t.key, d.k, k)
	}
	if t.indirectelem() {
		*(*unsafe.Pointer)(d.e) = *(*unsafe.Pointer)(e)
	} else {
		typedmemmove(t.elem, d.e, e)
	}
	d.i++
	d.k = add(d.k, uintptr(t.keysize))
	d.e = add(d.e, uintptr(t.elemsize))
	return d
}

// evacuate moves the entries of old bucket oldbucket (and its overflow
// chain) to the new table.
func evacuate(t *maptype, h *hmap, oldbucket uintptr) {
	first := bucketAt(t, h.oldbuckets, oldbucket)
	newbit := h.noldbuckets()
	if !evacuated(first) {
		x := evacDstAt(t, bucketAt(t, h.buckets, oldbucket))
		var y evacDst
		if !h.sameSizeGrow() {
			y = evacDstAt(t, bucketAt(t, h.buckets, oldbucket+newbit))
		}
		for b := first; b != nil; b = b.overflow(t) {
			for i := uintptr(0); i < bucketCnt; i++ {
				top := b.tophash[i]
				if isEmpty(top) {
					b.tophash[i] = evacuatedEmpty
					continue
				}
				if top < minTopHash {
					throw("bad map state")
				}
				k := keyAt(t, b, i)
				k2 := k
				if t.indirectkey() {
					k2 = *(*unsafe.Pointer)(k2)
				}
				useY := uint8(0)
				if !h.sameSizeGrow() {
					hash := hashKey(t, k2, uintptr(h.hash0))
					if h.flags&iterator != 0 && !t.reflexivekey() && !keyEqual(t, k2, k2) {
						// A NaN key hashes differently every time; an
						// iterator must find it where this decides, so use
						// the low bit of its tophash, and give it a fresh
						// tophash.
						useY = top & 1
						top = tophash(hash)
					} else if hash&newbit != 0 {
						useY = 1
					}
				}
				b.tophash[i] = evacuatedX + useY
				if useY == 0 {
					x = evacPut(t, h, x, top, k, elemAt(t, b, i))
				} else {
					y = evacPut(t, h, y, top, k, elemAt(t, b, i))
				}
			}
		}
		// Without iterators on the old table, drop its keys and elements
		// (the tophash bytes keep the evacuation state).
		// The overflow pointer goes too: nothing walks an evacuated chain.
		if h.flags&oldIterator == 0 && t.bucket.ptrdata != 0 {
			memclrHasPointers(add(unsafe.Pointer(first), dataOffset), uintptr(t.bucketsize)-dataOffset)
		}
	}
	if oldbucket == h.nevacuate {
		advanceEvacuationMark(h, t, newbit)
	}
}

// advanceEvacuationMark moves nevacuate past evacuated buckets and ends
// the growth when all are.
func advanceEvacuationMark(h *hmap, t *maptype, newbit uintptr) {
	h.nevacuate++
	stop := h.nevacuate + 1024
	if stop > newbit {
		stop = newbit
	}
	for h.nevacuate != stop && evacuated(bucketAt(t, h.oldbuckets, h.nevacuate)) {
		h.nevacuate++
	}
	if h.nevacuate == newbit {
		h.oldbuckets = nil
		if h.extra != nil {
			h.extra.oldoverflow = nil
		}
		h.flags &^= sameSizeGrow
	}
}
