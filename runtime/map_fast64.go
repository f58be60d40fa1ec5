// Map entry points for 8-byte plain-memory keys without pointers (int,
// uint64, float-free structs of 8 bytes...) and elements up to 128 bytes:
// the key comes by value, is hashed by memhash64v (the same hash as the
// map type's memhash64 hasher) and compared as a uint64, with no calls
// through the type's func values. The compiler picks them as gc does.

package runtime

import "unsafe"

func memhash64v(key uint64, seed uintptr) uintptr

// mapfind_fast64 returns the element slot of key, or nil.
func mapfind_fast64(t *maptype, h *hmap, key uint64) unsafe.Pointer {
	if h == nil || h.count == 0 {
		return nil
	}
	if h.flags&hashWriting != 0 {
		fatal("concurrent map read and map write")
	}
	var b *bmap
	if h.B == 0 {
		// One bucket (never left growing): no hash needed.
		b = (*bmap)(h.buckets)
	} else {
		b = lookupBucket(t, h, memhash64v(key, uintptr(h.hash0)))
	}
	// The loop is written out: the compiler does not inline.
	bucketsize := uintptr(t.bucketsize)
	for b != nil {
		base := uintptr(unsafe.Pointer(b))
		for i := uintptr(0); i < bucketCnt; i++ {
			if *(*uint64)(unsafe.Pointer(base + dataOffset + i*8)) == key && b.tophash[i] > emptyOne {
				return unsafe.Pointer(base + dataOffset + bucketCnt*8 + i*uintptr(t.elemsize))
			}
		}
		b = *(**bmap)(unsafe.Pointer(base + bucketsize - 8))
	}
	return nil
}

func mapaccess1_fast64(t *maptype, h *hmap, key uint64) unsafe.Pointer {
	e := mapfind_fast64(t, h, key)
	if e == nil {
		return unsafe.Pointer(&zeroVal[0])
	}
	return e
}

func mapaccess2_fast64(t *maptype, h *hmap, key uint64) (unsafe.Pointer, bool) {
	e := mapfind_fast64(t, h, key)
	if e == nil {
		return unsafe.Pointer(&zeroVal[0]), false
	}
	return e, true
}

func mapassign_fast64(t *maptype, h *hmap, key uint64) unsafe.Pointer {
	if h == nil {
		panicPlain(errNilMap)
	}
	if h.flags&hashWriting != 0 {
		fatal("concurrent map writes")
	}
	hash := memhash64v(key, uintptr(h.hash0))
	h.flags ^= hashWriting
	if h.buckets == nil {
		h.buckets = newobject(t.bucket)
	}
	var insb *bmap
	insi := uintptr(0)
	for {
		bucket := hash & bucketMask(h.B)
		if h.growing() {
			growWork(t, h, bucket)
		}
		bucketsize := uintptr(t.bucketsize)
		b := (*bmap)(unsafe.Pointer(uintptr(h.buckets) + bucket*bucketsize))
		insb = nil
		found := false
	search:
		for {
			for i := uintptr(0); i < bucketCnt; i++ {
				x := b.tophash[i]
				if x <= emptyOne {
					if insb == nil {
						insb = b
						insi = i
					}
					if x == emptyRest {
						break search
					}
					continue
				}
				if *(*uint64)(unsafe.Pointer(uintptr(unsafe.Pointer(b)) + dataOffset + i*8)) != key {
					continue
				}
				insb = b
				insi = i
				found = true
				break search
			}
			ovf := *(**bmap)(unsafe.Pointer(uintptr(unsafe.Pointer(b)) + bucketsize - 8))
			if ovf == nil {
				break
			}
			b = ovf
		}
		if found {
			break
		}
		if !h.growing() && (overLoadFactor(h.count+1, h.B) || tooManyOverflowBuckets(h.noverflow, h.B)) {
			hashGrow(t, h)
			continue
		}
		if insb == nil {
			insb = h.newoverflow(t, b)
			insi = 0
		}
		insb.tophash[insi] = tophash(hash)
		*(*uint64)(add(unsafe.Pointer(insb), dataOffset+insi*8)) = key
		h.count++
		break
	}
	if h.flags&hashWriting == 0 {
		fatal("concurrent map writes")
	}
	h.flags &^= hashWriting
	return elemAt(t, insb, insi)
}

func mapdelete_fast64(t *maptype, h *hmap, key uint64) {
	if h == nil || h.count == 0 {
		return
	}
	if h.flags&hashWriting != 0 {
		fatal("concurrent map writes")
	}
	hash := memhash64v(key, uintptr(h.hash0))
	h.flags ^= hashWriting
	bucket := hash & bucketMask(h.B)
	if h.growing() {
		growWork(t, h, bucket)
	}
	first := bucketAt(t, h.buckets, bucket)
search:
	for b := first; b != nil; b = b.overflow(t) {
		for i := uintptr(0); i < bucketCnt; i++ {
			x := b.tophash[i]
			if isEmpty(x) {
				if x == emptyRest {
					break search
				}
				continue
			}
			if *(*uint64)(add(unsafe.Pointer(b), dataOffset+i*8)) != key {
				continue
			}
			e := elemAt(t, b, i)
			if t.elem.ptrdata != 0 {
				memclrHasPointers(e, t.elem.size)
			} else {
				memclrNoHeapPointers(e, t.elem.size)
			}
			b.tophash[i] = emptyOne
			markEmptyRest(t, first, b, i)
			h.count--
			if h.count == 0 {
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
