using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Concord.Astro.Propagation.Sgp4;

/// <summary><see cref="Vector256{T}"/> of doubles for the vector SGP4 kernel (see <see cref="ISgp4Vector{TSelf}"/>).</summary>
internal readonly struct Sgp4Vector256 : ISgp4Vector<Sgp4Vector256>
{
    private readonly Vector256<double> _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Sgp4Vector256(Vector256<double> value) => _value = value;

    public static int Count => Vector256<double>.Count;

    public static bool IsHardwareAccelerated => Vector256.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 Create(double value) => new(Vector256.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 Load(double[] source, int index)
    {
        System.Diagnostics.Debug.Assert((uint)index + (uint)Count <= (uint)source.Length);
        return new(Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(source), (nuint)index));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 Create(ReadOnlySpan<double> values) => new(Vector256.Create(values));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyTo(Sgp4Vector256 value, Span<double> destination) => value._value.CopyTo(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Sgp4Vector256 value, double[] destination, int index)
    {
        System.Diagnostics.Debug.Assert((uint)index + (uint)Count <= (uint)destination.Length);
        value._value.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(destination), (nuint)index);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 operator +(Sgp4Vector256 left, Sgp4Vector256 right) => new(left._value + right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 operator -(Sgp4Vector256 left, Sgp4Vector256 right) => new(left._value - right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 operator *(Sgp4Vector256 left, Sgp4Vector256 right) => new(left._value * right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 operator /(Sgp4Vector256 left, Sgp4Vector256 right) => new(left._value / right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 Sqrt(Sgp4Vector256 value) => new(Vector256.Sqrt(value._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 Abs(Sgp4Vector256 value) => new(Vector256.Abs(value._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 Truncate(Sgp4Vector256 value) => new(Vector256.Truncate(value._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 Floor(Sgp4Vector256 value) => new(Vector256.Floor(value._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 Round(Sgp4Vector256 value) => new(Vector256.Round(value._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 FusedMultiplyAdd(Sgp4Vector256 a, Sgp4Vector256 b, Sgp4Vector256 c)
        => new(Vector256.FusedMultiplyAdd(a._value, b._value, c._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Sgp4Vector256 Sin, Sgp4Vector256 Cos) SinCos(Sgp4Vector256 value)
    {
        (Vector256<double> sin, Vector256<double> cos) = Vector256.SinCos(value._value);
        return (new(sin), new(cos));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 LessThan(Sgp4Vector256 left, Sgp4Vector256 right) => new(Vector256.LessThan(left._value, right._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 GreaterThanOrEqual(Sgp4Vector256 left, Sgp4Vector256 right) => new(Vector256.GreaterThanOrEqual(left._value, right._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 And(Sgp4Vector256 left, Sgp4Vector256 right) => new(left._value & right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 Or(Sgp4Vector256 left, Sgp4Vector256 right) => new(left._value | right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector256 Select(Sgp4Vector256 mask, Sgp4Vector256 whenTrue, Sgp4Vector256 whenFalse)
        => new(Vector256.ConditionalSelect(mask._value, whenTrue._value, whenFalse._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Any(Sgp4Vector256 mask) => Vector256.ExtractMostSignificantBits(mask._value) != 0;

    public static double GetElement(Sgp4Vector256 value, int index) => value._value.GetElement(index);
}
