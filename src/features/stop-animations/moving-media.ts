/**
 * What moves outside CSS: videos that play on their own, script animations (Web Animations API),
 * SVG animations (SMIL) and <marquee>. Each thing Clair pauses is remembered, and only those are
 * started again on revert: what the page or the visitor had paused stays paused.
 */
import type { FeatureContext } from '../../core/feature.js';
import { guard } from '../../core/log.js';

const SMIL = 'animate, animateMotion, animateTransform, set';

export class MovingMedia {
  private readonly videos = new Set<HTMLVideoElement>();
  private readonly animations = new Set<Animation>();
  private readonly svgs = new Set<SVGSVGElement>();
  private readonly marquees = new Set<HTMLMarqueeElement>();

  constructor(private readonly ctx: FeatureContext) {
    // Media events do not bubble; capture sees every video start, now and later.
    ctx.doc.addEventListener('play', this.onPlay, { capture: true, signal: ctx.signal });
  }

  /** Everything already on the page. */
  stopAll(): void {
    for (const video of this.ctx.doc.querySelectorAll('video')) this.stopVideo(video);
    for (const animation of this.ctx.doc.getAnimations()) this.stopAnimation(animation);
    this.stopIn(this.ctx.doc.documentElement);
  }

  /** SVG and marquee animations in these subtrees (videos are caught when they play). */
  stopIn(...roots: Element[]): void {
    for (const root of roots) {
      // By name, not instanceof: elements of an iframe come from another window.
      const svgs = root.localName === 'svg' ? [root as SVGSVGElement] : root.querySelectorAll('svg');
      for (const svg of svgs) this.stopSvg(svg);
      const marquees = root.localName === 'marquee' ? [root as HTMLMarqueeElement] : root.querySelectorAll('marquee');
      for (const marquee of marquees) this.stopMarquee(marquee);
    }
  }

  resume(): void {
    for (const video of this.videos) if (video.isConnected && video.paused) void video.play().catch(() => undefined);
    for (const animation of this.animations) if (animation.playState === 'paused') animation.play();
    for (const svg of this.svgs) svg.unpauseAnimations();
    for (const marquee of this.marquees) marquee.start();
    this.videos.clear();
    this.animations.clear();
    this.svgs.clear();
    this.marquees.clear();
  }

  /** A video started by the visitor (a click, a key) plays; one that starts on its own pauses. */
  private readonly onPlay = (event: Event): void =>
    guard('stopAnimations play', () => {
      const video = event.target;
      if (!(video instanceof HTMLVideoElement) || this.ctx.isClairNode(video)) return;
      if (navigator.userActivation?.isActive) return;
      video.pause();
      this.videos.add(video);
    }, undefined);

  /** Already playing: pause what looks like it started by itself (autoplay, muted, looping). */
  private stopVideo(video: HTMLVideoElement): void {
    if (video.paused || this.ctx.isClairNode(video)) return;
    if (!(video.autoplay || video.muted || video.loop)) return;
    video.pause();
    this.videos.add(video);
  }

  /** Script animations only: CSS ones are stopped by the stylesheet. */
  private stopAnimation(animation: Animation): void {
    if (animation instanceof CSSAnimation || animation instanceof CSSTransition) return;
    if (animation.playState !== 'running') return;
    const target = animation.effect instanceof KeyframeEffect ? animation.effect.target : null;
    if (target && this.ctx.isClairNode(target)) return;
    animation.pause();
    this.animations.add(animation);
  }

  private stopSvg(svg: SVGSVGElement): void {
    if (svg.ownerSVGElement || svg.animationsPaused() || !svg.querySelector(SMIL)) return;
    svg.pauseAnimations();
    this.svgs.add(svg);
  }

  private stopMarquee(marquee: HTMLMarqueeElement): void {
    if (this.marquees.has(marquee)) return;
    marquee.stop();
    this.marquees.add(marquee);
  }
}
