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
    }
}
