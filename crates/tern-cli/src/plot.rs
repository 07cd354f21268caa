//! A self-written SVG line chart of event counts per period by quad class: axes, ticks,
//! labels, legend and title; no dependencies.
use std::fmt::Write;
use tern_store::PeriodStats;

const W: f64 = 960.0;
const H: f64 = 480.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 200.0;
const TOP: f64 = 56.0;
const BOTTOM: f64 = 64.0;

/// Quad classes: name and colour (blues for cooperation, reds for conflict).
const SERIES: [(&str, &str); 4] = [
    ("Verbal cooperation", "#6baed6"),
    ("Material cooperation", "#08519c"),
    ("Verbal conflict", "#fb6a4a"),
    ("Material conflict", "#a50f15"),
];

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A round step for about `target` ticks up to `max`: 1, 2 or 5 times a power of ten.
fn nice_step(max: f64, target: f64) -> f64 {
    let raw = (max / target).max(1.0);
    let mag = 10f64.powf(raw.log10().floor());
    let f = raw / mag;
    let m = if f <= 1.0 {
        1.0
    } else if f <= 2.0 {
        2.0
    } else if f <= 5.0 {
        5.0
    } else {
        10.0
    };
    m * mag
}

/// The chart as an SVG document.
pub fn svg(title: &str, rows: &[PeriodStats]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}" font-family="Helvetica, Arial, sans-serif" font-size="12">"#
    );
    let _ = writeln!(s, r#"<rect width="{W}" height="{H}" fill="white"/>"#);
    let _ = writeln!(
        s,
        r#"<text x="{}" y="30" font-size="17" font-weight="bold" text-anchor="middle">{}</text>"#,
        (LEFT + W - RIGHT) / 2.0,
        escape(title)
    );
    let (x0, x1, y0, y1) = (LEFT, W - RIGHT, H - BOTTOM, TOP);
    let max = rows
        .iter()
        .flat_map(|r| r.quad.iter())
        .copied()
        .max()
        .unwrap_or(0) as f64;
    let step = nice_step(max, 5.0);
    let top = (max / step).ceil().max(1.0) * step;
    let y = |v: f64| y0 - (v / top) * (y0 - y1);
    let n = rows.len();
    let x = |i: usize| {
        if n <= 1 {
            (x0 + x1) / 2.0
        } else {
            x0 + (x1 - x0) * i as f64 / (n - 1) as f64
        }
    };
    // Grid and y ticks.
    let mut v = 0.0;
    while v <= top + step / 2.0 {
        let yy = y(v);
        let _ = writeln!(
            s,
            r##"<line x1="{x0}" y1="{yy:.1}" x2="{x1}" y2="{yy:.1}" stroke="#e6e6e6"/><text x="{}" y="{:.1}" text-anchor="end">{v}</text>"##,
            x0 - 8.0,
            yy + 4.0
        );
        v += step;
    }
    // Axes.
    let _ = writeln!(
        s,
        r##"<line x1="{x0}" y1="{y0}" x2="{x1}" y2="{y0}" stroke="#333"/><line x1="{x0}" y1="{y0}" x2="{x0}" y2="{y1}" stroke="#333"/>"##
    );
    let _ = writeln!(
        s,
        r#"<text transform="translate(18 {:.1}) rotate(-90)" text-anchor="middle">Events</text>"#,
        (y0 + y1) / 2.0
    );
    // X ticks: at most about 12 labels.
    if n > 0 {
        let every = n.div_ceil(12).max(1);
        for i in (0..n).step_by(every) {
            let xx = x(i);
            let _ = writeln!(
                s,
                r##"<line x1="{xx:.1}" y1="{y0}" x2="{xx:.1}" y2="{}" stroke="#333"/><text x="{xx:.1}" y="{}" text-anchor="middle">{}</text>"##,
                y0 + 5.0,
                y0 + 20.0,
                escape(&rows[i].label)
            );
        }
        for (q, (_, colour)) in SERIES.iter().enumerate() {
            let points: Vec<String> = rows
                .iter()
                .enumerate()
                .map(|(i, r)| format!("{:.1},{:.1}", x(i), y(r.quad[q] as f64)))
                .collect();
            let _ = writeln!(
                s,
                r#"<polyline fill="none" stroke="{colour}" stroke-width="2" points="{}"/>"#,
                points.join(" ")
            );
        }
    } else {
        let _ = writeln!(
            s,
            r##"<text x="{}" y="{}" text-anchor="middle" fill="#666">no events match</text>"##,
            (x0 + x1) / 2.0,
            (y0 + y1) / 2.0
        );
    }
    // Legend.
    let lx = W - RIGHT + 20.0;
    for (q, (name, colour)) in SERIES.iter().enumerate() {
        let ly = TOP + 10.0 + q as f64 * 22.0;
        let total: u64 = rows.iter().map(|r| r.quad[q]).sum();
        let _ = writeln!(
            s,
            r#"<line x1="{lx}" y1="{ly}" x2="{}" y2="{ly}" stroke="{colour}" stroke-width="3"/><text x="{}" y="{}">{name} ({total})</text>"#,
            lx + 22.0,
            lx + 28.0,
            ly + 4.0
        );
    }
    let total: u64 = rows.iter().map(|r| r.total).sum();
    let gold: f64 = rows.iter().map(|r| r.goldstein_sum).sum();
    let mean = if total > 0 { gold / total as f64 } else { 0.0 };
    let _ = writeln!(
        s,
        r##"<text x="{lx}" y="{}" fill="#444">{total} events</text><text x="{lx}" y="{}" fill="#444">mean Goldstein {mean:.2}</text>"##,
        TOP + 110.0,
        TOP + 128.0
    );
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use tern::Date;

    fn row(label: &str, quad: [u64; 4]) -> PeriodStats {
        PeriodStats {
            start: Date::parse(label).unwrap_or(Date {
                year: 2024,
                month: 1,
                day: 1,
            }),
            label: label.into(),
            quad,
            total: quad.iter().sum(),
            goldstein_sum: 3.0,
        }
    }

    #[test]
    fn the_chart_has_axes_four_series_a_legend_and_an_escaped_title() {
        let out = svg(
            "RUS → SRB <monthly>",
            &[row("2024-01", [3, 1, 0, 2]), row("2024-02", [5, 0, 1, 0])],
        );
        assert!(out.starts_with("<svg"));
        assert!(out.trim_end().ends_with("</svg>"));
        assert_eq!(out.matches("<polyline").count(), 4);
        assert!(out.contains("RUS → SRB &lt;monthly&gt;"));
        assert!(out.contains("Verbal cooperation (8)"));
        assert!(out.contains(">2024-02<"));
        assert!(out.contains("12 events"), "3+1+0+2 and 5+0+1+0");
        assert!(out.contains("mean Goldstein 0.50"), "6.0 over 12 events");
    }

    #[test]
    fn no_rows_still_make_a_chart() {
        let out = svg("Nothing", &[]);
        assert!(out.contains("no events match"));
        assert_eq!(nice_step(47.0, 5.0), 10.0);
        assert_eq!(nice_step(3.0, 5.0), 1.0);
    }
}
