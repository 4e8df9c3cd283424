// physics.js — point-mass glider model for the browser flight toy.
// Coefficients are rough textbook numbers, good enough for a game.
const RHO = 1.225;        // sea-level air density, kg/m^3
const G = 9.81;

export class Glider {
  constructor({ mass = 320, wingArea = 11.8, cd0 = 0.018, k = 0.032 } = {}) {
    this.mass = mass;
    this.S = wingArea;
    this.cd0 = cd0;
    this.k = k;                 // induced drag factor
    this.pos = { x: 0, y: 1200 };
    this.vel = { x: 28, y: 0 };
    this.alpha = 0.05;          // angle of attack, rad
  }

  liftCoeff() {
    // thin-airfoil slope ~2*pi per radian, stall above ~14 degrees
    const cl = 2 * Math.PI * this.alpha;
    return Math.abs(this.alpha) > 0.245 ? cl * 0.55 : cl;
  }

  step(dt) {
    const v = Math.hypot(this.vel.x, this.vel.y);
    const q = 0.5 * RHO * v * v;
    const cl = this.liftCoeff();
    const cd = this.cd0 + this.k * cl * cl;
    const L = q * this.S * cl;
    const D = q * this.S * cd;
    const ux = this.vel.x / v, uy = this.vel.y / v;
    // lift is perpendicular to velocity, drag opposes it
    const fx = -D * ux - L * uy;
    const fy = -D * uy + L * ux - this.mass * G;
    this.vel.x += (fx / this.mass) * dt;
    this.vel.y += (fy / this.mass) * dt;
    this.pos.x += this.vel.x * dt;
    this.pos.y += this.vel.y * dt;
    if (this.pos.y < 0) { this.pos.y = 0; this.vel.x = this.vel.y = 0; }
  }

  glideRatio() {
    const cl = this.liftCoeff();
    return cl / (this.cd0 + this.k * cl * cl);
  }
}
