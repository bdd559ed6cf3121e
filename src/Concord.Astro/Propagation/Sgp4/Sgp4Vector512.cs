using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Concord.Astro.Propagation.Sgp4;

/// <summary><see cref="Vector512{T}"/> of doubles for the vector SGP4 kernel (see <see cref="ISgp4Vector{TSelf}"/>).</summary>
internal readonly struct Sgp4Vector512 : ISgp4Vector<Sgp4Vector512>
{
    private readonly Vector512<double> _value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Sgp4Vector512(Vector512<double> value) => _value = value;

    public static int Count => Vector512<double>.Count;

    public static bool IsHardwareAccelerated => Vector512.IsHardwareAccelerated;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 Create(double value) => new(Vector512.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 Load(double[] source, int index)
    {
        System.Diagnostics.Debug.Assert((uint)index + (uint)Count <= (uint)source.Length);
        return new(Vector512.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(source), (nuint)index));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 Create(ReadOnlySpan<double> values) => new(Vector512.Create(values));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CopyTo(Sgp4Vector512 value, Span<double> destination) => value._value.CopyTo(destination);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Sgp4Vector512 value, double[] destination, int index)
    {
        System.Diagnostics.Debug.Assert((uint)index + (uint)Count <= (uint)destination.Length);
        value._value.StoreUnsafe(ref MemoryMarshal.GetArrayDataReference(destination), (nuint)index);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 operator +(Sgp4Vector512 left, Sgp4Vector512 right) => new(left._value + right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 operator -(Sgp4Vector512 left, Sgp4Vector512 right) => new(left._value - right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 operator *(Sgp4Vector512 left, Sgp4Vector512 right) => new(left._value * right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 operator /(Sgp4Vector512 left, Sgp4Vector512 right) => new(left._value / right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 Sqrt(Sgp4Vector512 value) => new(Vector512.Sqrt(value._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 Abs(Sgp4Vector512 value) => new(Vector512.Abs(value._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 Truncate(Sgp4Vector512 value) => new(Vector512.Truncate(value._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 Floor(Sgp4Vector512 value) => new(Vector512.Floor(value._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 Round(Sgp4Vector512 value) => new(Vector512.Round(value._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 FusedMultiplyAdd(Sgp4Vector512 a, Sgp4Vector512 b, Sgp4Vector512 c)
        => new(Vector512.FusedMultiplyAdd(a._value, b._value, c._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Sgp4Vector512 Sin, Sgp4Vector512 Cos) SinCos(Sgp4Vector512 value)
    {
        (Vector512<double> sin, Vector512<double> cos) = Vector512.SinCos(value._value);
        return (new(sin), new(cos));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 LessThan(Sgp4Vector512 left, Sgp4Vector512 right) => new(Vector512.LessThan(left._value, right._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 GreaterThanOrEqual(Sgp4Vector512 left, Sgp4Vector512 right) => new(Vector512.GreaterThanOrEqual(left._value, right._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 And(Sgp4Vector512 left, Sgp4Vector512 right) => new(left._value & right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 Or(Sgp4Vector512 left, Sgp4Vector512 right) => new(left._value | right._value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Sgp4Vector512 Select(Sgp4Vector512 mask, Sgp4Vector512 whenTrue, Sgp4Vector512 whenFalse)
        => new(Vector512.ConditionalSelect(mask._value, whenTrue._value, whenFalse._value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Any(Sgp4Vector512 mask) => Vector512.ExtractMostSignificantBits(mask._value) != 0;

    public static double GetElement(Sgp4Vector512 value, int index) => value._value.GetElement(index);
}
