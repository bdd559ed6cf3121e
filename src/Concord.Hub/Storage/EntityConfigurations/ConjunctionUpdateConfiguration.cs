using Concord.Hub.Conjunctions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Concord.Hub.Storage.EntityConfigurations;

internal sealed class ConjunctionUpdateConfiguration : IEntityTypeConfiguration<ConjunctionUpdate>
{
    public void Configure(EntityTypeBuilder<ConjunctionUpdate> builder)
    {
        builder.ToTable("conjunction_updates");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Tca).HasEpochConversion();
        builder.Property(u => u.RiskLevel).HasConversion(l => l.ToWireName(), t => ConjunctionWireNames.ParseRiskLevel(t)).HasMaxLength(16);
        builder.Property(u => u.PcMethod).HasMaxLength(32);
        builder.OwnsOne(u => u.PrimarySide, ConjunctionSideConfiguration.Configure);
        builder.OwnsOne(u => u.SecondarySide, ConjunctionSideConfiguration.Configure);
        builder.Navigation(u => u.PrimarySide).IsRequired();
        builder.Navigation(u => u.SecondarySide).IsRequired();
        builder.HasIndex(u => new { u.EventId, u.ScreenedAt });
        builder.OwnsOne(u => u.Assessment, assessment =>
        {
            assessment.Property(a => a.ScreenStart).HasEpochConversion();
            assessment.Property(a => a.ScreenStop).HasEpochConversion();
            assessment.Property(a => a.ProbabilityMethod).HasConversion<string>().HasMaxLength(32);
            assessment.Property(a => a.ProbabilityStatus).HasConversion<string>().HasMaxLength(48);
            assessment.Ignore(a => a.RelativePositionRtnMeters);
            assessment.Ignore(a => a.RelativeVelocityRtnMetersPerSecond);
            assessment.OwnsOne(a => a.Primary, ConfigureObject);
            assessment.OwnsOne(a => a.Secondary, ConfigureObject);
            assessment.Navigation(a => a.Primary).IsRequired();
            assessment.Navigation(a => a.Secondary).IsRequired();
        });
    }

    private static void ConfigureObject(OwnedNavigationBuilder<ConjunctionUpdateAssessment, ConjunctionUpdateObject> item)
    {
        item.Property(o => o.CovarianceSource).HasConversion<string>().HasMaxLength(16);
        item.Property(o => o.ObjectName).HasMaxLength(128);
        item.Property(o => o.InternationalDesignator).HasMaxLength(64);
        item.Property(o => o.EphemerisName).HasMaxLength(128);
        item.Ignore(o => o.RtnCovariance);
    }
}
