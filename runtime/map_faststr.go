// Map entry points for string keys (elements up to 128 bytes): the key
// comes by value, is hashed by strhashv (the same hash as the map type's
// strhash hasher) and compared by tophash, length and bytes, with no calls
// through the type's func values. The compiler picks them as gc does.

package runtime

import "unsafe"

func strhashv(key string, seed uintptr) uintptr

// mapfind_faststr returns the element slot of key, or nil.
func mapfind_faststr(t *maptype, h *hmap, key string) unsafe.Pointer {
	if h == nil || h.count == 0 {
		return nil
	}
	if h.flags&hashWriting != 0 {
		fatal("concurrent map read and map write")
	}
	hash := strhashv(key, uintptr(h.hash0))
	top := tophash(hash)
	// The loop is written out: the compiler does not inline.
	bucketsize := uintptr(t.bucketsize)
	for b := lookupBucket(t, h, hash); b != nil; {
		base := uintptr(unsafe.Pointer(b))
		for i := uintptr(0); i < bucketCnt; i++ {
			x := b.tophash[i]
			if x != top {
				if x == emptyRest {
					return nil
				}
				continue
			}
			if *(*string)(unsafe.Pointer(base + dataOffset + i*16)) == key {
				return unsafe.Pointer(base + dataOffset + bucketCnt*16 + i*uintptr(t.elemsize))
			}
		}
		b = *(**bmap)(unsafe.Pointer(base + bucketsize - 8))
	}
	return nil
}

func mapaccess1_faststr(t *maptype, h *hmap, key string) unsafe.Pointer {
	e := mapfind_faststr(t, h, key)
	if e == nil {
		return unsafe.Pointer(&zeroVal[0])
	}
	return e
}

func mapaccess2_faststr(t *maptype, h *hmap, key string) (unsafe.Pointer, bool) {
	e := mapfind_faststr(t, h, key)
	if e == nil {
		return unsafe.Pointer(&zeroVal[0]), false
	}
	return e, true
}

func mapassign_faststr(t *maptype, h *hmap, key string) unsafe.Pointer {
	if h == nil {
		panicPlain(errNilMap)
	}
	if h.flags&hashWriting != 0 {
		fatal("concurrent map writes")
	}
	hash := strhashv(key, uintptr(h.hash0))
	top := tophash(hash)
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
				if x != top {
					if x <= emptyOne && insb == nil {
						insb = b
						insi = i
					}
					if x == emptyRest {
						break search
					}
					continue
				}
				k := (*string)(unsafe.Pointer(uintptr(unsafe.Pointer(b)) + dataOffset + i*16))
				if *k != key {
					continue
				}
				// Keep the new key's bytes (gc does: the old ones may be a
				// substring of a larger string).
				*k = key
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
		insb.tophash[insi] = top
		*(*string)(add(unsafe.Pointer(insb), dataOffset+insi*16)) = key
		h.count++
		break
	}
	if h.flags&hashWriting == 0 {
		fatal("concurrent map writes")
	}
	h.flags &^= hashWriting
	return elemAt(t, insb, insi)
}

func mapdelete_faststr(t *maptype, h *hmap, key string) {
	if h == nil || h.count == 0 {
		return
	}
	if h.flags&hashWriting != 0 {
		fatal("concurrent map writes")
	}
	hash := strhashv(key, uintptr(h.hash0))
	top := tophash(hash)
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
			if x != top {
				if x == emptyRest {
					break search
				}
				continue
			}
			k := (*string)(add(unsafe.Pointer(b), dataOffset+i*16))
			if *k != key {
				continue
			}
			*k = ""
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
