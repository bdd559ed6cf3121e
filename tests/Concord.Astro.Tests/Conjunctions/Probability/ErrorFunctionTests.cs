using Concord.Astro.Conjunctions.Probability;

namespace Concord.Astro.Tests.Conjunctions.Probability;

public sealed class ErrorFunctionTests
{
    // Validation: reference values from mpmath 1.x at 30 digits (erf/erfc), rounded to 20 significant digits.
    // Tolerance 1e-14 relative: the series and continued fraction are good to a few ulp; 1e-14 leaves room for the
    // 1 − erf subtraction near x = 2 (erfc(2) ≈ 4.7e-3 loses about two digits).
    [Theory]
    [InlineData(0.1, 0.1124629160182848984, 0.8875370839817151016)]
    [InlineData(0.5, 0.52049987781304653768, 0.47950012218695346232)]
    [InlineData(1.0, 0.84270079294971486934, 0.15729920705028513066)]
    [InlineData(1.9999, 0.99532019790702939169, 0.0046798020929706083079)]
    [InlineData(2.0, 0.99532226501895273416, 0.0046777349810472658379)]
    [InlineData(2.5, 0.99959304798255504106, 0.00040695201744495893956)]
    [InlineData(3.5, 0.99999925690162765859, 7.4309837234141274552e-7)]
    [InlineData(5.0, 0.99999999999846254021, 1.5374597944280348502e-12)]
    [InlineData(10.0, 1.0, 2.088487583762544757e-45)]
    [InlineData(26.5, 1.0, 2.2109076642637342759e-307)]
    public void MatchesMpmath(double x, double erf, double erfc)
    {
        Assert.Equal(erf, ErrorFunction.Erf(x), erf * 1e-14);
        Assert.Equal(-erf, ErrorFunction.Erf(-x), erf * 1e-14);
        Assert.Equal(erfc, ErrorFunction.Erfc(x), erfc * 1e-14);
        Assert.Equal(2.0 - erfc, ErrorFunction.Erfc(-x), 1e-15);
    }

    [Fact]
    public void LimitsAndNaN()
    {
        Assert.Equal(0.0, ErrorFunction.Erf(0.0));
        Assert.Equal(1.0, ErrorFunction.Erf(double.PositiveInfinity));
        Assert.Equal(-1.0, ErrorFunction.Erf(double.NegativeInfinity));
        Assert.Equal(0.0, ErrorFunction.Erfc(double.PositiveInfinity));
        Assert.Equal(2.0, ErrorFunction.Erfc(double.NegativeInfinity));
        Assert.Equal(0.0, ErrorFunction.Erfc(30.0));
        Assert.True(double.IsNaN(ErrorFunction.Erf(double.NaN)));
        Assert.True(double.IsNaN(ErrorFunction.Erfc(double.NaN)));
    }
}
