import { describe, expect, it } from 'vitest'
import {
  mulberry32,
  normalArray,
  normalSampler,
  uniformArray,
} from '../../../../../../renderer/src/features/figures/math/random'

describe('mulberry32', () => {
  it('repeats the same sequence for the same seed and differs across seeds', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const c = mulberry32(43)
    const seqA = Array.from({ length: 20 }, a)
    expect(Array.from({ length: 20 }, b)).toEqual(seqA)
    expect(Array.from({ length: 20 }, c)).not.toEqual(seqA)
  })

  it('produces the published mulberry32 sequence', () => {
    const rng = mulberry32(1)
    expect([rng(), rng(), rng()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522])
  })

  it('stays in [0, 1) and is uniform on average', () => {
    const values = Array.from({ length: 100_000 }, mulberry32(7))
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...values)).toBeLessThan(1)
    expect(values.reduce((s, v) => s + v, 0) / values.length).toBeCloseTo(0.5, 2)
    const belowTenth = values.filter((v) => v < 0.1).length / values.length
    expect(belowTenth).toBeGreaterThan(0.095)
    expect(belowTenth).toBeLessThan(0.105)
  })

  it('draws uniform arrays inside the requested range', () => {
    const values = uniformArray(mulberry32(3), 1000, -40, 60)
    expect(values).toHaveLength(1000)
    expect(values.every((v) => v >= -40 && v < 60)).toBe(true)
  })
})

describe('Box–Muller normal sampling', () => {
  it('has mean 0, sd 1 and the 68–95 shape', () => {
    const next = normalSampler(mulberry32(11))
    const z = Array.from({ length: 60_000 }, next)
    const mean = z.reduce((s, v) => s + v, 0) / z.length
    const sd = Math.sqrt(z.reduce((s, v) => s + (v - mean) ** 2, 0) / z.length)
    expect(Math.abs(mean)).toBeLessThan(0.02)
    expect(Math.abs(sd - 1)).toBeLessThan(0.02)
    expect(Math.abs(z.filter((v) => Math.abs(v) < 1).length / z.length - 0.6827)).toBeLessThan(0.01)
    expect(Math.abs(z.filter((v) => Math.abs(v) < 2).length / z.length - 0.9545)).toBeLessThan(0.005)
    expect(z.every(Number.isFinite)).toBe(true)
  })

  it('scales draws by mean and sd, reproducibly', () => {
    const a = normalArray(mulberry32(5), 4, 27_000, 15_000)
    const z = normalArray(mulberry32(5), 4)
    expect(a).toEqual(z.map((v) => 27_000 + 15_000 * v))
  })
})
